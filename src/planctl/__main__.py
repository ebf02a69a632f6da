from planctl.entry import main

main()
