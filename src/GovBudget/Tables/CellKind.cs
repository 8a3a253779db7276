namespace GovBudget.Tables;

/// <summary>What a table cell holds.</summary>
public enum CellKind
{
    /// <summary>Nothing printed (blank, <c>-</c> or <c>/</c>): distinct from an explicit 0.</summary>
    Empty = 0,

    /// <summary>An amount at the table's precision.</summary>
    Amount = 1,

    /// <summary>Text (a unit name, a quantity such as <c>12 个月</c>).</summary>
    Text = 2,
}
