using GovBudget.Amounts;

namespace GovBudget.Tables;

/// <summary>
/// One cell of a table: empty, an amount, or text. An empty cell is distinct from an explicit <c>0.00</c>.
/// The default value is an empty cell.
/// </summary>
public readonly struct Cell : IEquatable<Cell>
{
    private readonly Amount _amount;
    private readonly string? _text;

    private Cell(CellKind kind, Amount amount, string? text)
    {
        Kind = kind;
        _amount = amount;
        _text = text;
    }

    /// <summary>What the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>An empty cell.</summary>
    public static Cell Empty => default;

    /// <summary><see langword="true"/> when nothing is printed in the cell.</summary>
    public bool IsEmpty => Kind == CellKind.Empty;

    /// <summary>The amount, or <see langword="null"/> when the cell does not hold one.</summary>
    public Amount? Amount => Kind == CellKind.Amount ? _amount : null;

    /// <summary>The text, or <see langword="null"/> when the cell does not hold text.</summary>
    public string? Text => _text;

    /// <summary>A cell holding an amount.</summary>
    public static Cell FromAmount(Amount amount) => new(CellKind.Amount, amount, null);

    /// <summary>A cell holding text.</summary>
    public static Cell FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(CellKind.Text, default, text);
    }

    /// <summary>The amount, or zero for an empty cell (the arithmetic meaning of a blank).</summary>
    public Amount AmountOrZero => Kind == CellKind.Amount ? _amount : Amounts.Amount.Zero;

    /// <inheritdoc />
    public bool Equals(Cell other) => Kind == other.Kind && _amount == other._amount && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cell other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _amount, _text);

    /// <summary>Equality.</summary>
    public static bool operator ==(Cell left, Cell right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Cell left, Cell right) => !left.Equals(right);

    /// <summary>An invariant description: empty, the amount in 元, or the quoted text.</summary>
    public override string ToString() => Kind switch
    {
        CellKind.Amount => _amount.ToString(),
        CellKind.Text => "\"" + _text + "\"",
        _ => "(empty)",
    };
}
