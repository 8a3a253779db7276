using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Disclosures;

/// <summary>A department budget (部门预算) disclosure: tables 表1–表10, the overall goal (表11) and project goals (表12).</summary>
public sealed record BudgetDisclosure : Disclosure
{
    /// <summary>Creates a budget disclosure. Prefer <see cref="Building.DisclosureBuilder"/>.</summary>
    public BudgetDisclosure(int year, Department department, Precision precision, int catalogEdition, EquatableArray<Table> tables)
        : base(year, department, precision, catalogEdition, tables, TableSets.TableSetRegistry.DefaultFor(DisclosureKind.Budget))
    {
    }

    /// <inheritdoc />
    public override DisclosureKind Kind => DisclosureKind.Budget;

    /// <summary>表11 整体支出绩效目标表, if published.</summary>
    public OverallPerformanceGoal? OverallGoal { get; init; }

    /// <summary>表12 项目支出绩效目标表, one per project.</summary>
    public EquatableArray<ProjectPerformanceGoal> ProjectGoals { get; init; }
}
