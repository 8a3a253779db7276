namespace GovBudget.Amounts;

public readonly partial struct Amount
{
    /// <summary>Adds two amounts. Throws <see cref="OverflowException"/> on overflow.</summary>
    public static Amount operator +(Amount left, Amount right) => new(checked(left._ticks + right._ticks));

    /// <summary>Subtracts two amounts. Throws <see cref="OverflowException"/> on overflow.</summary>
    public static Amount operator -(Amount left, Amount right) => new(checked(left._ticks - right._ticks));

    /// <summary>Negates an amount. Throws <see cref="OverflowException"/> for <see cref="MinValue"/>.</summary>
    public static Amount operator -(Amount value) => new(checked(-value._ticks));

    /// <summary>Multiplies an amount by a whole number. Throws <see cref="OverflowException"/> on overflow.</summary>
    public static Amount operator *(Amount value, long factor) => new(checked(value._ticks * factor));

    /// <summary>Multiplies an amount by a whole number. Throws <see cref="OverflowException"/> on overflow.</summary>
    public static Amount operator *(long factor, Amount value) => value * factor;

    /// <summary>Adds two amounts (named alternative to the operator).</summary>
    public static Amount Add(Amount left, Amount right) => left + right;

    /// <summary>Subtracts two amounts (named alternative to the operator).</summary>
    public static Amount Subtract(Amount left, Amount right) => left - right;

    /// <summary>Negates an amount (named alternative to the operator).</summary>
    public static Amount Negate(Amount value) => -value;

    /// <summary>Multiplies an amount by a whole number (named alternative to the operator).</summary>
    public static Amount Multiply(Amount value, long factor) => value * factor;

    /// <summary>The absolute value.</summary>
    public Amount Abs() => _ticks < 0 ? -this : this;

    /// <summary>Sums a sequence of amounts with checked arithmetic.</summary>
    public static Amount Sum(IEnumerable<Amount> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        long total = 0;
        foreach (var value in values)
        {
            total = checked(total + value._ticks);
        }

        return new Amount(total);
    }

    /// <summary>
    /// Rounds to <paramref name="precision"/> with 四舍五入 (half away from zero), as published figures are rounded.
    /// </summary>
    public Amount Round(Precision precision)
    {
        var step = precision.StepTicks;
        if (step == 1)
        {
            return this;
        }

        var quotient = _ticks / step;
        var remainder = _ticks % step;
        if (Math.Abs(remainder) * 2 >= step)
        {
            quotient += Math.Sign(remainder);
        }

        return new Amount(checked(quotient * step));
    }

    /// <summary><see langword="true"/> when the amount is a whole multiple of <paramref name="precision"/>'s step (it can be printed exactly).</summary>
    public bool IsMultipleOf(Precision precision) => _ticks % precision.StepTicks == 0;
}
