namespace GovBudget.TableSets;

/// <summary>Whose tables a set describes: a department's (部门预算, titles say 部门) or a single unit's (单位预算).</summary>
public enum TableSetScope
{
    /// <summary>A department and its units (部门).</summary>
    Department = 0,

    /// <summary>One budget unit (单位).</summary>
    Unit = 1,
}
