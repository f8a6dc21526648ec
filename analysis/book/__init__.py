"""What the chapters need to show results: glued values, plots and tables for people."""

from analysis.book.glue import as_list, glue_values, package_versions, plain, show

__all__ = ["as_list", "glue_values", "package_versions", "plain", "show"]
