namespace GovBudget.Disclosures;

/// <summary>A budget unit (单位) of a department, e.g. 506001 武昌区医疗保障局本级.</summary>
/// <param name="Code">The unit code as printed (506001).</param>
/// <param name="Name">The unit name.</param>
/// <param name="Kind">行政, 参公, 事业 …</param>
public sealed record BudgetUnit(string Code, string Name, UnitKind Kind = UnitKind.Unspecified);
