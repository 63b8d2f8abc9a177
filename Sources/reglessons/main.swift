import ReglessonsCore

ReglessonsCommand.main()
