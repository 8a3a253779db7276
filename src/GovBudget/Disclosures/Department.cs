using GovBudget.Collections;

namespace GovBudget.Disclosures;

/// <summary>The department (部门) that publishes a disclosure, and its units (单位).</summary>
/// <param name="Code">The department code as printed (506), if any.</param>
/// <param name="Name">The department name (武汉市武昌区医疗保障局).</param>
/// <param name="Units">The units whose budgets are consolidated, in printed order.</param>
public sealed record Department(string? Code, string Name, EquatableArray<BudgetUnit> Units);
