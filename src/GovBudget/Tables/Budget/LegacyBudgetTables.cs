using GovBudget.Collections;

namespace GovBudget.Tables.Budget;

/// <summary>
/// Budget table kinds of the older layout (洪山区医疗保障局 2021): tables that the current layout no longer prints,
/// or prints with other rows and columns, modelled by meaning.
/// </summary>
public static class LegacyBudgetTables
{
    /// <summary>Every older-layout table kind.</summary>
    public static EquatableArray<TableDefinition> All { get; } = EquatableArray<TableDefinition>.Empty;
}
