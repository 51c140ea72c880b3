from lqs_clinical.cli import main

main()
