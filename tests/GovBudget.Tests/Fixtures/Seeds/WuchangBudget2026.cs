using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Disclosures;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Fixtures.Seeds;

/// <summary>
/// 武汉市武昌区医疗保障局 2026 年部门预算, transcribed through the builder from
/// <c>shared/seeds/wuchang-2026-budget.txt</c>. Every number was checked against the seed text.
/// </summary>
public static class WuchangBudget2026
{
    private static readonly Lazy<BudgetDisclosure> Instance = new(() => (BudgetDisclosure)Builder().Build());

    /// <summary>The disclosure (built once).</summary>
    public static BudgetDisclosure Disclosure => Instance.Value;

    /// <summary>A fresh builder holding the whole disclosure, for tests that change it before building.</summary>
    public static DisclosureBuilder Builder()
    {
        var b = DisclosureBuilder.Budget(2026)
            .Department("506", "武汉市武昌区医疗保障局")
            .Unit("506001", "武昌区医疗保障局本级", UnitKind.Administrative);

        // 表6 一般公共预算基本支出表 (seed: "表 6. 一般公共预算基本支出表").
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
            .Total("524.86", "430.24", "94.62")
            .Row("301", "工资福利支出", "429.14", "429.14", "")
            .Row("30101", "基本工资", "76.70", "76.70", ""));
        return b;
    }
}
