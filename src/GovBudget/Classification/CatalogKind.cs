namespace GovBudget.Classification;

/// <summary>Which classification a catalog holds.</summary>
public enum CatalogKind
{
    /// <summary>支出功能分类科目 (类/款/项).</summary>
    Functional,

    /// <summary>部门预算支出经济分类科目 (301…399).</summary>
    EconomicDepartment,

    /// <summary>政府预算支出经济分类科目 (501…599).</summary>
    EconomicGovernment,
}
