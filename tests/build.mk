# tests/: nothing to build at `make` time.  tests/run builds every case
# (tests/cases/*/build) and every differential program (tests/diff/*/) for
# each arch when it runs, into build/<arch>/tests/.
tests-build:
