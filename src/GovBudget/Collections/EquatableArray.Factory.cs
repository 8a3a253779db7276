using System.Collections.Immutable;

namespace GovBudget.Collections;

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Copies a sequence into an <see cref="EquatableArray{T}"/>.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);

    /// <summary>Creates an array from items (also the builder of collection expressions such as <c>[a, b]</c>).</summary>
    public static EquatableArray<T> Create<T>(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));
}
