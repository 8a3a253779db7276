namespace GovBudget.Amounts;

/// <summary>A labelled figure (a funding source, a service category, a procurement item …); the value may be blank.</summary>
/// <param name="Name">The printed label.</param>
/// <param name="Value">The printed figure, or <see langword="null"/> when blank.</param>
public sealed record NamedAmount(string Name, ReportedValue? Value);
