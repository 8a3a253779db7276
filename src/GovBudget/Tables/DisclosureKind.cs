namespace GovBudget.Tables;

/// <summary>Whether a table or disclosure belongs to a budget (预算) or a final account (决算).</summary>
public enum DisclosureKind
{
    /// <summary>部门预算 (before the year).</summary>
    Budget = 0,

    /// <summary>部门决算 (after the year).</summary>
    Settlement = 1,
}
