using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace GovBudget.Classification;

/// <summary>
/// A 支出经济分类科目 code: 类 (3 digits, <c>301</c>) or 款 (5 digits, <c>30101</c>). Codes starting with 3 belong to
/// the 部门预算 system, codes starting with 5 to the 政府预算 system (<see cref="System"/>).
/// </summary>
/// <remarks>The default value is not a valid code (<see cref="IsDefault"/>). <see cref="ToString()"/> gives the digits.</remarks>
[JsonConverter(typeof(Serialization.EconomicCodeJsonConverter))]
public readonly struct EconomicCode : ISubjectCode<EconomicCode>, IComparable<EconomicCode>, ISpanParsable<EconomicCode>, ISpanFormattable
{
    private readonly int _value;

    private EconomicCode(int value) => _value = value;

    /// <summary>The code as a number.</summary>
    public int Value => _value;

    /// <summary><see langword="true"/> for <c>default(EconomicCode)</c>, which is not a code.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>The level: 类 or 款.</summary>
    public SubjectLevel Level => _value >= 10_000 ? SubjectLevel.Section : SubjectLevel.Class;

    /// <summary>Which of the two systems the code belongs to.</summary>
    public EconomicSystem System => (EconomicSystem)(Level == SubjectLevel.Section ? _value / 10_000 : _value / 100);

    /// <summary>The parent 类 of a 款; <see langword="null"/> for a 类.</summary>
    public EconomicCode? Parent => Level == SubjectLevel.Class ? null : new EconomicCode(_value / 100);

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public EconomicCode Class => Level == SubjectLevel.Class ? this : new EconomicCode(_value / 100);

    /// <summary>Creates a code from its numeric value (301 or 30101, 501 or 50101).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an economic code.</exception>
    public static EconomicCode FromValue(int value)
        => TryFromValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, "An economic code has 3 or 5 digits and starts with 3 or 5.");

    /// <inheritdoc />
    public static bool TryFromValue(int value, out EconomicCode code)
    {
        code = new EconomicCode(value);
        return value is (>= 300 and <= 399) or (>= 500 and <= 599) or (>= 30_000 and <= 39_999) or (>= 50_000 and <= 59_999);
    }

    /// <summary>Parses <c>30101</c>, <c>301 01</c> or <c>301</c>.</summary>
    /// <exception cref="FormatException">The text is not an economic code.</exception>
    public static EconomicCode Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static EconomicCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, out var code) ? code : throw new FormatException($"'{s.ToString()}' is not an economic classification code (3 or 5 digits starting with 3 or 5).");

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> text, out EconomicCode code)
    {
        code = default;
        return CodeText.TryReadDigits(text, out var value, out var digits)
            && digits is 3 or 5
            && TryFromValue(value, out code);
    }

    /// <summary>Tries to parse a printed code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EconomicCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a printed code.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EconomicCode result) => TryParse(s, out result);

    /// <summary>The digits (<c>30101</c>).</summary>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The digits; the format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => _value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(EconomicCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <summary>Orders codes as printed: a 类 before its 款, siblings by code.</summary>
    public int CompareTo(EconomicCode other)
    {
        var byKey = SortKey().CompareTo(other.SortKey());
        return byKey != 0 ? byKey : Level.CompareTo(other.Level);
    }

    private int SortKey() => Level == SubjectLevel.Class ? _value * 100 : _value;

    /// <summary>Equality.</summary>
    public static bool operator ==(EconomicCode left, EconomicCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EconomicCode left, EconomicCode right) => !left.Equals(right);

    /// <summary>Tree order.</summary>
    public static bool operator <(EconomicCode left, EconomicCode right) => left.CompareTo(right) < 0;

    /// <summary>Tree order.</summary>
    public static bool operator <=(EconomicCode left, EconomicCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tree order.</summary>
    public static bool operator >(EconomicCode left, EconomicCode right) => left.CompareTo(right) > 0;

    /// <summary>Tree order.</summary>
    public static bool operator >=(EconomicCode left, EconomicCode right) => left.CompareTo(right) >= 0;
}
