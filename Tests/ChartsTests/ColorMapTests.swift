import Charts
import Testing

/// The colour maps against matplotlib 3.11's floating-point values (`colormaps[name](t)[:3]`).
@Suite struct ColorMapTests {
  /// Half a step of 8-bit rounding, plus float slack.
  static let tolerance = 0.5 / 255 + 1e-9

  static func expectClose(_ color: Color, _ rgb: (Double, Double, Double), _ comment: Comment) {
    #expect(abs(color.red - rgb.0) <= tolerance, comment)
    #expect(abs(color.green - rgb.1) <= tolerance, comment)
    #expect(abs(color.blue - rgb.2) <= tolerance, comment)
    #expect(color.alpha == 1, comment)
  }

  @Test(arguments: [
    (ColorMap.viridis, 0.0, (0.267004, 0.004874, 0.329415)),
    (.viridis, 0.5, (0.127568, 0.566949, 0.550556)),
    (.viridis, 1.0, (0.993248, 0.906157, 0.143936)),
    (.cividis, 0.0, (0.0, 0.135112, 0.304751)),
    (.cividis, 0.5, (0.488697, 0.485318, 0.471008)),
    (.cividis, 1.0, (0.995737, 0.909344, 0.217772)),
    (.blueRed, 0.0, (0.019608, 0.188235, 0.380392)),
    (.blueRed, 0.5, (0.969089, 0.966474, 0.964937)),
    (.blueRed, 1.0, (0.403922, 0.0, 0.121569)),
    (.greys, 0.0, (1.0, 1.0, 1.0)),
    (.greys, 0.5, (0.586082, 0.586082, 0.586082)),
    (.greys, 1.0, (0.0, 0.0, 0.0)),
  ])
  func endpointsAndMidpointMatchMatplotlib(map: ColorMap, t: Double, rgb: (Double, Double, Double)) {
    Self.expectClose(map.color(at: t), rgb, "\(map)(\(t))")
  }

  @Test func quartersMatchMatplotlibHexValues() {
    #expect(ColorMap.viridis.color(at: 0.25).hexString == "#3B528B")
    #expect(ColorMap.viridis.color(at: 0.75).hexString == "#5EC962")
    #expect(ColorMap.cividis.color(at: 0.75).hexString == "#BCAE6C")
    #expect(ColorMap.blueRed.color(at: 0.25).hexString == "#6BACD1")
    #expect(ColorMap.blueRed.color(at: 0.75).hexString == "#E48066")
    #expect(ColorMap.greys.color(at: 0.25).hexString == "#D9D9D9")
  }

  @Test func lookupIsMatplotlibsFloorOf256T() {
    let colors = ColorMap.viridis.colors
    #expect(colors.count == 256)
    // ⌊256 t⌋: just below 1/256 is entry 0, 1/256 is entry 1, and t = 1 is the last entry.
    #expect(ColorMap.viridis.color(at: 0.999 / 256) == colors[0])
    #expect(ColorMap.viridis.color(at: 1.0 / 256) == colors[1])
    #expect(ColorMap.viridis.color(at: 1) == colors[255])
  }

  @Test func outOfRangeIsClampedAndNonFiniteIsTransparent() {
    for map in ColorMap.allCases {
      #expect(map.color(at: -3) == map.color(at: 0))
      #expect(map.color(at: 7) == map.color(at: 1))
      #expect(map.color(at: .nan).alpha == 0)
      #expect(map.color(at: .infinity).alpha == 0)
    }
  }

  @Test func onlyTheBlueRedMapIsDiverging() {
    #expect(ColorMap.allCases.filter(\.isDiverging) == [.blueRed])
  }

  @Test func greysRunFromWhiteToBlackMonotonically() {
    let levels = ColorMap.greys.colors.map(\.red)
    #expect(zip(levels, levels.dropFirst()).allSatisfy { $0 >= $1 })
    #expect(ColorMap.greys.colors.allSatisfy { $0.red == $0.green && $0.green == $0.blue })
  }
}
