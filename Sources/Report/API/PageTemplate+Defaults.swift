extension PageTemplate {
  /// The default lesson page: header, then the sidebar beside (or, on narrow screens, above) the
  /// article, the pager under it, and the footer. `theme/page.html` replaces it.
  public static let defaultLessonPage = builtIn(
    """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · {{site_title}}</title>
    <link rel="stylesheet" href="{{stylesheet}}">
    </head>
    <body>
    <a class="skip-link" href="#content">Skip to content</a>
    {{header}}
    <div class="layout">
    {{sidebar}}
    <main id="content">
    <article class="lesson">
    <h1>{{title}}</h1>
    <p class="lead">{{summary}}</p>
    {{meta}}
    {{content}}
    {{downloads}}
    {{reproducibility}}
    </article>
    {{pager}}
    </main>
    </div>
    {{footer}}
    </body>
    </html>

    """)

  /// The default index page: the site title, an introduction and a card per lesson.
  /// `theme/index.html` replaces it.
  public static let defaultIndex = builtIn(
    """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{site_title}}</title>
    <link rel="stylesheet" href="{{stylesheet}}">
    </head>
    <body class="index">
    <a class="skip-link" href="#content">Skip to content</a>
    {{header}}
    <main id="content">
    <h1>{{site_title}}</h1>
    <p class="lead">Lessons on regularizing neural networks. Every number and chart on these pages comes \
    from experiments run when the site was built.</p>
    {{content}}
    </main>
    {{footer}}
    </body>
    </html>

    """)

  /// A template written in this module; a test checks that both defaults parse, so the fallback (the
  /// text with no slots filled) never shows.
  private static func builtIn(_ text: String) -> PageTemplate {
    (try? PageTemplate(parsing: text, file: "built-in template")) ?? PageTemplate(unparsed: text)
  }

  private init(unparsed text: String) {
    self.source = text
    self.segments = [.text(text)]
  }
}
