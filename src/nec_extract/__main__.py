from nec_extract.cli import main

main()
