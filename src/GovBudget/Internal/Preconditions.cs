using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovBudget.Internal;

/// <summary>Argument checks used by every public entry point, so that misuse fails the same way everywhere.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string? name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value must be between {min} and {max}.");
        }

        return value;
    }
}
