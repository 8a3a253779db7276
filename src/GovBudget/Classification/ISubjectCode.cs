namespace GovBudget.Classification;

/// <summary>What catalogs need of a classification code type.</summary>
/// <typeparam name="TSelf">The code type.</typeparam>
public interface ISubjectCode<TSelf> : IEquatable<TSelf>
    where TSelf : struct, ISubjectCode<TSelf>
{
    /// <summary>The code as a number (2080505).</summary>
    int Value { get; }

    /// <summary>The level in the tree.</summary>
    SubjectLevel Level { get; }

    /// <summary>The parent code, or <see langword="null"/> for a 类.</summary>
    TSelf? Parent { get; }

    /// <summary>Creates a code from its numeric value, or returns <see langword="false"/> when the value is not a code of this kind.</summary>
    static abstract bool TryFromValue(int value, out TSelf code);

    /// <summary>Parses the printed forms of a code.</summary>
    static abstract bool TryParse(ReadOnlySpan<char> text, out TSelf code);
}
