"""What the chapters need to show results: glued values, plots and tables for people."""

from analysis.book.glue import as_list, glue_values, package_versions, plain, show
from analysis.book.table_view import use_book_tables

# A chapter imports this package in its first cell: from then on, a DataFrame that a cell returns
# prints as the book's tables do (values by kind, text in full; see use_book_tables).
use_book_tables()

__all__ = ["as_list", "glue_values", "package_versions", "plain", "show", "use_book_tables"]
