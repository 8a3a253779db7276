namespace GovBudget.Amounts;

public readonly partial struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable
{
    /// <inheritdoc />
    public bool Equals(Amount other) => _ticks == other._ticks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _ticks.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Amount other) => _ticks.CompareTo(other._ticks);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an Amount.", nameof(obj)),
    };

    /// <summary>Equality of exact values.</summary>
    public static bool operator ==(Amount left, Amount right) => left._ticks == right._ticks;

    /// <summary>Inequality of exact values.</summary>
    public static bool operator !=(Amount left, Amount right) => left._ticks != right._ticks;

    /// <summary>Less than.</summary>
    public static bool operator <(Amount left, Amount right) => left._ticks < right._ticks;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Amount left, Amount right) => left._ticks <= right._ticks;

    /// <summary>Greater than.</summary>
    public static bool operator >(Amount left, Amount right) => left._ticks > right._ticks;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Amount left, Amount right) => left._ticks >= right._ticks;

    /// <summary>The larger of two amounts.</summary>
    public static Amount Max(Amount left, Amount right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    public static Amount Min(Amount left, Amount right) => left <= right ? left : right;
}
