using GovBudget.Collections;
using GovBudget.TableSets;

namespace GovBudget.Tables.Budget;

/// <summary>
/// The table kinds of the older budget layout (洪山区医疗保障局 2021) that the current layout does not have: L1, L4–L7, L9–L11.
/// The older layout also prints 表3, 表5-1 and 表6 as the current one does.
/// The definitions are read from the built-in table set <c>hubei.budget.legacy</c> (<c>src/GovBudget/TableSets/Data/hubei.budget.legacy.json</c>);
/// these properties are shortcuts to them.
/// </summary>
public static class LegacyBudgetTables
{
    private static TableSet Set => TableSetRegistry.BuiltIn.Get("hubei.budget.legacy");

    /// <summary>L1 财政拨款收支预算总表.</summary>
    public static TableDefinition AppropriationSummary => Set.Definition("L1");

    /// <summary>L4 一般公共预算“三公”经费支出表 by functional subject.</summary>
    public static TableDefinition ThreePublicExpensesByFunction => Set.Definition("L4");

    /// <summary>L5 政府性基金预算支出表 by function and unit.</summary>
    public static TableDefinition GovernmentFundExpenditureByUnit => Set.Definition("L5");

    /// <summary>L6 部门收支总表 (older layout).</summary>
    public static TableDefinition IncomeExpenditureSummary => Set.Definition("L6");

    /// <summary>L7 部门收入总表 by function (older layout).</summary>
    public static TableDefinition IncomeSummary => Set.Definition("L7");

    /// <summary>L9 项目支出预算明细表.</summary>
    public static TableDefinition ProjectExpenditureDetail => Set.Definition("L9");

    /// <summary>L10 政府采购预算表 (older layout).</summary>
    public static TableDefinition GovernmentProcurement => Set.Definition("L10");

    /// <summary>L11 政府购买服务表.</summary>
    public static TableDefinition PurchasedServices => Set.Definition("L11");

    /// <summary>Every table kind of the set, in printed order.</summary>
    public static EquatableArray<TableDefinition> All => [.. Set.Tables.Select(t => t.Definition).Where(d => d.Id.StartsWith('L'))];
}
