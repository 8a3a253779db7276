using GovBudget.Collections;
using GovBudget.TableSets;

namespace GovBudget.Tables.Settlement;

/// <summary>
/// The settlement table kinds (部门决算公开表 公开01–公开09, as in 洪山区医疗保障局 2023), with their printed line numbers (行次)
/// and column numbers (栏次). Self-evaluation tables (绩效自评表) are structured documents: see
/// <see cref="Performance.PerformanceSelfEvaluation"/>.
/// The definitions are read from the built-in table set <c>national.settlement</c> (<c>src/GovBudget/TableSets/Data/national.settlement.json</c>);
/// these properties are shortcuts to them.
/// </summary>
public static class SettlementTables
{
    private static TableSet Set => TableSetRegistry.BuiltIn.Get("national.settlement");

    /// <summary>公开01 收入支出决算总表.</summary>
    public static TableDefinition IncomeExpenditure => Set.Definition("公开01");

    /// <summary>公开02 收入决算表.</summary>
    public static TableDefinition IncomeByFunction => Set.Definition("公开02");

    /// <summary>公开03 支出决算表.</summary>
    public static TableDefinition ExpenditureByFunction => Set.Definition("公开03");

    /// <summary>公开04 财政拨款收入支出决算总表.</summary>
    public static TableDefinition AppropriationIncomeExpenditure => Set.Definition("公开04");

    /// <summary>公开05 一般公共预算财政拨款支出决算表.</summary>
    public static TableDefinition GeneralBudgetExpenditure => Set.Definition("公开05");

    /// <summary>公开06 一般公共预算财政拨款基本支出决算明细表.</summary>
    public static TableDefinition GeneralBudgetBasicDetail => Set.Definition("公开06");

    /// <summary>公开07 政府性基金预算财政拨款收入支出决算表.</summary>
    public static TableDefinition GovernmentFundIncomeExpenditure => Set.Definition("公开07");

    /// <summary>公开08 国有资本经营预算财政拨款支出决算表.</summary>
    public static TableDefinition StateCapitalExpenditure => Set.Definition("公开08");

    /// <summary>公开09 财政拨款“三公”经费支出决算表.</summary>
    public static TableDefinition ThreePublicExpenses => Set.Definition("公开09");

    /// <summary>Every table kind of the set, in printed order.</summary>
    public static EquatableArray<TableDefinition> All => [.. Set.Tables.Select(t => t.Definition)];
}
