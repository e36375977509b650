from kplan.cli.process import console

console()
