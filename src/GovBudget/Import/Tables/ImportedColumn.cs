namespace GovBudget.Import.Tables;

/// <summary>One printed column of a table and the header text it was recognised by.</summary>
/// <param name="ColumnId">The column id of the table kind.</param>
/// <param name="HeaderText">The header text that matched.</param>
public sealed record ImportedColumn(string ColumnId, string HeaderText);
