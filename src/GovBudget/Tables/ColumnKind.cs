namespace GovBudget.Tables;

/// <summary>What the cells of a column hold.</summary>
public enum ColumnKind
{
    /// <summary>Amounts at the table's precision.</summary>
    Amount = 0,

    /// <summary>Text (names, quantities).</summary>
    Text = 1,
}
