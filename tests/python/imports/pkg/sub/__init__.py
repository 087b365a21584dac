# A package with little of its own.
kind = "subpackage"
