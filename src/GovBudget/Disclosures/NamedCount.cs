namespace GovBudget.Disclosures;

/// <summary>A labelled count (车辆 0 辆, 接待团组 0 个, 人次 0 …).</summary>
/// <param name="Name">The printed label.</param>
/// <param name="Count">The count.</param>
/// <param name="Unit">The printed counting unit (辆, 个, 人次), if any.</param>
public sealed record NamedCount(string Name, long Count, string? Unit = null);
