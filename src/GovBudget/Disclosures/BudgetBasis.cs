namespace GovBudget.Disclosures;

/// <summary>Which budget a settlement's 完成率 or budget figure is taken on.</summary>
public enum BudgetBasis
{
    /// <summary>年初预算: the budget as passed at the start of the year.</summary>
    Initial = 0,

    /// <summary>全年预算 (调整预算): the budget after the year's adjustments.</summary>
    Final = 1,
}
