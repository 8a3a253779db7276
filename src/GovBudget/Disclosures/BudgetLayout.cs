namespace GovBudget.Disclosures;

/// <summary>Which set of budget tables a budget disclosure prints.</summary>
public enum BudgetLayout
{
    /// <summary>The current layout, 表1–表12 (武昌区医疗保障局 2026, 黄陂区医疗保障服务中心 2023).</summary>
    Current = 0,

    /// <summary>The older layout with 项目支出预算明细表, 政府采购预算表 and 政府购买服务表 (洪山区医疗保障局 2021).</summary>
    Legacy = 1,
}
