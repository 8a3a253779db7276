namespace GovBudget.TableSets;

/// <summary>
/// The role names code asks a table set for instead of table ids (<see cref="TableSet.TableFor"/>,
/// <see cref="TableSet.CellFor"/>). Names that start with <c>table.</c> name a table; names that start with
/// <c>cell.</c> name one cell. A set may declare roles of its own besides these.
/// </summary>
public static class TableRoles
{
    /// <summary>The summary of all income and expenditure (表1, 公开01).</summary>
    public const string IncomeExpenditure = "table.income-expenditure";

    /// <summary>The fiscal-appropriation summary (表4, 公开04).</summary>
    public const string Appropriation = "table.appropriation";

    /// <summary>All-funds expenditure by functional subject (表3, 公开03).</summary>
    public const string ExpenditureByFunction = "table.expenditure-by-function";

    /// <summary>一般公共预算 expenditure by functional subject (表5-1, 公开05).</summary>
    public const string GeneralBudgetByFunction = "table.general-budget-by-function";

    /// <summary>一般公共预算 基本支出 by economic subject (表6, 公开06).</summary>
    public const string BasicByEconomic = "table.basic-by-economic";

    /// <summary>The 三公 table (表7, 公开09).</summary>
    public const string ThreePublic = "table.three-public";

    /// <summary>The project table that 表12 goals are checked against (表10, L9).</summary>
    public const string Projects = "table.projects";

    /// <summary>收入总计.</summary>
    public const string IncomeTotal = "cell.income.total";

    /// <summary>支出总计.</summary>
    public const string ExpenditureTotal = "cell.expenditure.total";

    /// <summary>财政拨款 收入总计.</summary>
    public const string AppropriationIncomeTotal = "cell.appropriation.income.total";

    /// <summary>财政拨款 支出总计.</summary>
    public const string AppropriationExpenditureTotal = "cell.appropriation.expenditure.total";

    /// <summary>一般公共预算 基本支出 total.</summary>
    public const string BasicTotal = "cell.basic.total";

    /// <summary>一般公共预算 人员经费 total.</summary>
    public const string PersonnelTotal = "cell.personnel.total";

    /// <summary>一般公共预算 公用经费 total.</summary>
    public const string PublicTotal = "cell.public.total";

    /// <summary>一般公共预算 项目支出 total.</summary>
    public const string ProjectTotal = "cell.project.total";

    /// <summary>The cell 机关运行经费 is compared with (公用经费 of 表6 / 公开06).</summary>
    public const string OperatingExpensesSource = "cell.operating-expenses.source";

    /// <summary>The roles GovBudget itself asks for.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        IncomeExpenditure, Appropriation, ExpenditureByFunction, GeneralBudgetByFunction, BasicByEconomic, ThreePublic, Projects,
        IncomeTotal, ExpenditureTotal, AppropriationIncomeTotal, AppropriationExpenditureTotal, BasicTotal, PersonnelTotal, PublicTotal,
        ProjectTotal, OperatingExpensesSource,
    ];

    /// <summary><see langword="true"/> for a table role name.</summary>
    public static bool IsTableRole(string role) => role.StartsWith("table.", StringComparison.Ordinal);

    /// <summary><see langword="true"/> for a cell role name.</summary>
    public static bool IsCellRole(string role) => role.StartsWith("cell.", StringComparison.Ordinal);
}
