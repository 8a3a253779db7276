using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovBudget.Classification;

namespace GovBudget.Tables;

/// <summary>
/// The typed key of a table row: the total row, a line number, a functional or economic code, a unit code, a project,
/// a named item or a category. Keys are unique within a table.
/// </summary>
/// <remarks>
/// The invariant text form is <c>total</c>, <c>L27</c>, <c>F2080505</c>, <c>E30101</c>, <c>U506001</c>,
/// <c>P:项目编码或名称</c>, <c>I:本年收入合计</c> or <c>C:本级支出项目</c>; <see cref="Parse(string, IFormatProvider?)"/>
/// reads it back. The default value is the total row.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RowKeyJsonConverter))]
public readonly struct RowKey : IEquatable<RowKey>, IComparable<RowKey>, ISpanParsable<RowKey>
{
    private readonly int _number;
    private readonly string? _text;

    private RowKey(RowKeyKind kind, int number, string? text)
    {
        Kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>What the row is keyed by.</summary>
    public RowKeyKind Kind { get; }

    /// <summary>The key of the 合计 row.</summary>
    public static RowKey Total => default;

    /// <summary>The line number, for <see cref="RowKeyKind.Line"/> keys.</summary>
    public int? LineNumber => Kind == RowKeyKind.Line ? _number : null;

    /// <summary>The functional code, for <see cref="RowKeyKind.Functional"/> keys.</summary>
    public FunctionalCode? FunctionalCode => Kind == RowKeyKind.Functional ? Classification.FunctionalCode.FromValue(_number) : null;

    /// <summary>The economic code, for <see cref="RowKeyKind.Economic"/> keys.</summary>
    public EconomicCode? EconomicCode => Kind == RowKeyKind.Economic ? Classification.EconomicCode.FromValue(_number) : null;

    /// <summary>The text of a unit, project, item or category key.</summary>
    public string? Text => _text;

    /// <summary>A key for a printed line number (行次).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not positive.</exception>
    public static RowKey Line(int number) => new(RowKeyKind.Line, Internal.Preconditions.CheckRange(number, 1, 9999), null);

    /// <summary>A key for a functional subject.</summary>
    public static RowKey Functional(FunctionalCode code)
    {
        Internal.Preconditions.CheckArgument(!code.IsDefault, nameof(code), "The default FunctionalCode is not a code.");
        return new(RowKeyKind.Functional, code.Value, null);
    }

    /// <summary>A key for an economic subject.</summary>
    public static RowKey Economic(EconomicCode code)
    {
        Internal.Preconditions.CheckArgument(!code.IsDefault, nameof(code), "The default EconomicCode is not a code.");
        return new(RowKeyKind.Economic, code.Value, null);
    }

    /// <summary>A key for a department or unit code (506, 506001).</summary>
    public static RowKey Unit(string code) => new(RowKeyKind.Unit, 0, CheckText(code, nameof(code), allowColon: false));

    /// <summary>A key for a project: its 项目编码 where printed, otherwise its name.</summary>
    public static RowKey Project(string codeOrName) => new(RowKeyKind.Project, 0, CheckText(codeOrName, nameof(codeOrName), allowColon: true));

    /// <summary>A key for a named line of a fixed layout.</summary>
    public static RowKey Item(string name) => new(RowKeyKind.Item, 0, CheckText(name, nameof(name), allowColon: true));

    /// <summary>A key for a grouping row (项目类别, 品目 group …).</summary>
    public static RowKey Category(string name) => new(RowKeyKind.Category, 0, CheckText(name, nameof(name), allowColon: true));

    /// <summary>The invariant text form (see the type remarks).</summary>
    public override string ToString() => Kind switch
    {
        RowKeyKind.Total => "total",
        RowKeyKind.Line => "L" + _number.ToString(CultureInfo.InvariantCulture),
        RowKeyKind.Functional => "F" + _number.ToString(CultureInfo.InvariantCulture),
        RowKeyKind.Economic => "E" + _number.ToString(CultureInfo.InvariantCulture),
        RowKeyKind.Unit => "U" + _text,
        RowKeyKind.Project => "P:" + _text,
        RowKeyKind.Item => "I:" + _text,
        _ => "C:" + _text,
    };

    /// <summary>Writes the invariant text form (as <see cref="ToString"/>) into <paramref name="destination"/>.</summary>
    internal bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        ReadOnlySpan<char> prefix = Kind switch
        {
            RowKeyKind.Total => "total",
            RowKeyKind.Line => "L",
            RowKeyKind.Functional => "F",
            RowKeyKind.Economic => "E",
            RowKeyKind.Unit => "U",
            RowKeyKind.Project => "P:",
            RowKeyKind.Item => "I:",
            _ => "C:",
        };
        if (!prefix.TryCopyTo(destination))
        {
            return false;
        }

        var rest = destination[prefix.Length..];
        int written;
        switch (Kind)
        {
            case RowKeyKind.Total:
                written = 0;
                break;
            case RowKeyKind.Line or RowKeyKind.Functional or RowKeyKind.Economic:
                if (!_number.TryFormat(rest, out written, default, CultureInfo.InvariantCulture))
                {
                    return false;
                }

                break;
            default:
                if (!(_text ?? string.Empty).AsSpan().TryCopyTo(rest))
                {
                    return false;
                }

                written = _text?.Length ?? 0;
                break;
        }

        charsWritten = prefix.Length + written;
        return true;
    }

    /// <summary>Parses the invariant text form.</summary>
    /// <exception cref="FormatException">The text is not a row key.</exception>
    public static RowKey Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static RowKey Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParse(s, provider, out var key) ? key : throw new FormatException($"'{s.ToString()}' is not a row key (total, L27, F2080505, E30101, U506001, P:…, I:…, C:…).");

    /// <summary>Tries to parse the invariant text form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RowKey result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the invariant text form.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RowKey result)
    {
        result = default;
        if (s.SequenceEqual("total"))
        {
            return true;
        }

        if (s.Length < 2)
        {
            return false;
        }

        var rest = s[1..];
        switch (s[0])
        {
            case 'L' when int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line is >= 1 and <= 9999:
                result = new RowKey(RowKeyKind.Line, line, null);
                return true;
            case 'F' when rest.IndexOf(' ') < 0 && Classification.FunctionalCode.TryParse(rest, out var functional):
                result = Functional(functional);
                return true;
            case 'E' when rest.IndexOf(' ') < 0 && Classification.EconomicCode.TryParse(rest, out var economic):
                result = Economic(economic);
                return true;
            case 'U' when IsValidText(rest, allowColon: false):
                result = new RowKey(RowKeyKind.Unit, 0, rest.ToString());
                return true;
            case 'P' or 'I' or 'C' when rest[0] == ':' && rest.Length > 1 && IsValidText(rest[1..], allowColon: true):
                var kind = s[0] switch { 'P' => RowKeyKind.Project, 'I' => RowKeyKind.Item, _ => RowKeyKind.Category };
                result = new RowKey(kind, 0, rest[1..].ToString());
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(RowKey other) => Kind == other.Kind && _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>Orders keys by kind, then by tree order of codes, line number or text.</summary>
    public int CompareTo(RowKey other)
    {
        if (Kind != other.Kind)
        {
            return Kind.CompareTo(other.Kind);
        }

        return Kind switch
        {
            RowKeyKind.Functional => Classification.FunctionalCode.FromValue(_number).CompareTo(Classification.FunctionalCode.FromValue(other._number)),
            RowKeyKind.Economic => Classification.EconomicCode.FromValue(_number).CompareTo(Classification.EconomicCode.FromValue(other._number)),
            RowKeyKind.Line or RowKeyKind.Total => _number.CompareTo(other._number),
            _ => string.CompareOrdinal(_text, other._text),
        };
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(RowKey left, RowKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RowKey left, RowKey right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(RowKey left, RowKey right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(RowKey left, RowKey right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(RowKey left, RowKey right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(RowKey left, RowKey right) => left.CompareTo(right) >= 0;

    /// <summary>A key for a functional subject (implicit).</summary>
    public static implicit operator RowKey(FunctionalCode code) => Functional(code);

    /// <summary>A key for an economic subject (implicit).</summary>
    public static implicit operator RowKey(EconomicCode code) => Economic(code);

    /// <summary>Named alternative to the implicit conversion.</summary>
    public static RowKey FromFunctionalCode(FunctionalCode code) => Functional(code);

    /// <summary>Named alternative to the implicit conversion.</summary>
    public static RowKey FromEconomicCode(EconomicCode code) => Economic(code);

    private static string CheckText(string text, string name, bool allowColon)
    {
        ArgumentNullException.ThrowIfNull(text, name);
        Internal.Preconditions.CheckArgument(IsValidText(text, allowColon), name, "A row key text must be non-empty, without control characters or surrounding spaces.");
        return text;
    }

    private static bool IsValidText(ReadOnlySpan<char> text, bool allowColon)
        => !text.IsEmpty
            && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && text.IndexOfAny("\r\n\t") < 0
            && (allowColon || text.IndexOf(':') < 0);
}
