namespace GovBudget.Serialization;

/// <summary>Parses a value from its text (used by <see cref="ScalarJson"/> so that no string is allocated per value).</summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal delegate T SpanParser<out T>(ReadOnlySpan<char> text);
