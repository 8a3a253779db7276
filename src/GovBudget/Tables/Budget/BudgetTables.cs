using GovBudget.Collections;
using GovBudget.TableSets;

namespace GovBudget.Tables.Budget;

/// <summary>
/// The budget table kinds of the current layout (部门预算公开表 表1–表10 and 政府采购预算表, as in 武昌区医疗保障局 2026).
/// 表11 and 表12 are structured documents: see <see cref="Performance.OverallPerformanceGoal"/> and
/// <see cref="Performance.ProjectPerformanceGoal"/>.
/// The definitions are read from the built-in table set <c>hubei.budget</c> (<c>src/GovBudget/TableSets/Data/hubei.budget.json</c>);
/// these properties are shortcuts to them.
/// </summary>
public static class BudgetTables
{
    private static TableSet Set => TableSetRegistry.BuiltIn.Get("hubei.budget");

    /// <summary>表1 部门收支总表: income lines, expenditure by 类, totals; one column 预算数.</summary>
    public static TableDefinition IncomeExpenditureSummary => Set.Definition("表1");

    /// <summary>表2 部门收入总表 (current layout: rows by department and unit).</summary>
    public static TableDefinition IncomeSummary => Set.Definition("表2");

    /// <summary>表3 部门支出总表: functional subject tree.</summary>
    public static TableDefinition ExpenditureSummary => Set.Definition("表3");

    /// <summary>表4 财政拨款收支总表: fiscal appropriation income by fund and expenditure by 类.</summary>
    public static TableDefinition AppropriationSummary => Set.Definition("表4");

    /// <summary>表5-1 一般公共预算支出表(分功能科目).</summary>
    public static TableDefinition GeneralBudgetByFunction => Set.Definition("表5-1");

    /// <summary>表5-2 一般公共预算支出表(分单位).</summary>
    public static TableDefinition GeneralBudgetByUnit => Set.Definition("表5-2");

    /// <summary>表6 一般公共预算基本支出表: 部门预算支出经济分类 tree.</summary>
    public static TableDefinition GeneralBudgetBasicByEconomic => Set.Definition("表6");

    /// <summary>表7 一般公共预算“三公”经费支出表.</summary>
    public static TableDefinition ThreePublicExpenses => Set.Definition("表7");

    /// <summary>表8 政府性基金预算支出表.</summary>
    public static TableDefinition GovernmentFundExpenditure => Set.Definition("表8");

    /// <summary>表9 国有资本经营预算支出表.</summary>
    public static TableDefinition StateCapitalExpenditure => Set.Definition("表9");

    /// <summary>表10 项目支出表: 部门 → 单位 → 项目类别 → 项目.</summary>
    public static TableDefinition ProjectExpenditure => Set.Definition("表10");

    /// <summary>政府采购预算表 (黄陂 2023, in 元).</summary>
    public static TableDefinition GovernmentProcurementBudget => Set.Definition("政府采购预算表");

    /// <summary>Every table kind of the set, in printed order.</summary>
    public static EquatableArray<TableDefinition> All => [.. Set.Tables.Select(t => t.Definition)];
}
