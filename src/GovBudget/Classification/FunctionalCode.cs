using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace GovBudget.Classification;

/// <summary>
/// A 支出功能分类科目 code: 类 (3 digits, <c>208</c>), 款 (5 digits, <c>20805</c>) or 项 (7 digits, <c>2080505</c>).
/// A 项's first 5 digits are its 款 and its first 3 its 类.
/// </summary>
/// <remarks>
/// The default value is not a valid code (<see cref="IsDefault"/>); every other value comes from
/// <see cref="Parse(string, IFormatProvider?)"/> or <see cref="FromValue"/>. <see cref="ToString()"/> gives the digits.
/// </remarks>
[JsonConverter(typeof(Serialization.FunctionalCodeJsonConverter))]
public readonly struct FunctionalCode : ISubjectCode<FunctionalCode>, IComparable<FunctionalCode>, ISpanParsable<FunctionalCode>, ISpanFormattable
{
    private readonly int _value;

    private FunctionalCode(int value) => _value = value;

    /// <summary>The code as a number.</summary>
    public int Value => _value;

    /// <summary><see langword="true"/> for <c>default(FunctionalCode)</c>, which is not a code.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>The level: 类, 款 or 项.</summary>
    public SubjectLevel Level => _value switch
    {
        >= 1_000_000 => SubjectLevel.Item,
        >= 10_000 => SubjectLevel.Section,
        _ => SubjectLevel.Class,
    };

    /// <summary>The parent: a 项's 款, a 款's 类; <see langword="null"/> for a 类.</summary>
    public FunctionalCode? Parent => Level == SubjectLevel.Class ? null : new FunctionalCode(_value / 100);

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public FunctionalCode Class => Level switch
    {
        SubjectLevel.Item => new FunctionalCode(_value / 10_000),
        SubjectLevel.Section => new FunctionalCode(_value / 100),
        _ => this,
    };

    /// <summary>The ancestors from the parent up to the 类.</summary>
    public IEnumerable<FunctionalCode> Ancestors()
    {
        var current = Parent;
        while (current is { } code)
        {
            yield return code;
            current = code.Parent;
        }
    }

    /// <summary><see langword="true"/> when this code is a strict ancestor of <paramref name="other"/>.</summary>
    public bool IsAncestorOf(FunctionalCode other)
    {
        for (var current = other.Parent; current is { } code; current = code.Parent)
        {
            if (code._value == _value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Creates a code from its numeric value (208, 20805 or 2080505).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has not 3, 5 or 7 digits.</exception>
    public static FunctionalCode FromValue(int value)
        => TryFromValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, "A functional code has 3, 5 or 7 digits.");

    /// <inheritdoc />
    public static bool TryFromValue(int value, out FunctionalCode code)
    {
        code = new FunctionalCode(value);
        return value is (>= 100 and <= 999) or (>= 10_000 and <= 99_999) or (>= 1_000_000 and <= 9_999_999);
    }

    /// <summary>Parses <c>2080505</c>, <c>208 05 05</c>, <c>210 15 01</c>, <c>20805</c> or <c>208</c>.</summary>
    /// <exception cref="FormatException">The text is not a functional code.</exception>
    public static FunctionalCode Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static FunctionalCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, out var code) ? code : throw new FormatException($"'{s.ToString()}' is not a functional classification code (3, 5 or 7 digits).");

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> text, out FunctionalCode code)
    {
        code = default;
        return CodeText.TryReadDigits(text, out var value, out var digits)
            && digits is 3 or 5 or 7
            && TryFromValue(value, out code);
    }

    /// <summary>Tries to parse a printed code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FunctionalCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a printed code.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FunctionalCode result) => TryParse(s, out result);

    /// <summary>The digits (<c>2080505</c>).</summary>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The digits; the format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => _value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(FunctionalCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunctionalCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <summary>Orders codes as printed in tables: a parent before its children, siblings by code.</summary>
    public int CompareTo(FunctionalCode other)
    {
        var byKey = SortKey().CompareTo(other.SortKey());
        return byKey != 0 ? byKey : Level.CompareTo(other.Level);
    }

    private long SortKey() => Level switch
    {
        SubjectLevel.Class => _value * 10_000L,
        SubjectLevel.Section => _value * 100L,
        _ => _value,
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(FunctionalCode left, FunctionalCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FunctionalCode left, FunctionalCode right) => !left.Equals(right);

    /// <summary>Tree order.</summary>
    public static bool operator <(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) < 0;

    /// <summary>Tree order.</summary>
    public static bool operator <=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tree order.</summary>
    public static bool operator >(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) > 0;

    /// <summary>Tree order.</summary>
    public static bool operator >=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) >= 0;
}
