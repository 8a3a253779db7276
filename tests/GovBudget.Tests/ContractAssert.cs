namespace GovBudget.Tests;

/// <summary>Checks the whole equality and ordering contract of a value type with one call.</summary>
public static class ContractAssert
{
    /// <summary><paramref name="value"/> equals <paramref name="equal"/> and differs from <paramref name="different"/>, through every equality API.</summary>
    public static void Equality<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        value.Equals(equal).ShouldBeTrue();
        value.Equals((object)equal!).ShouldBeTrue();
        value.GetHashCode().ShouldBe(equal.GetHashCode());
        value.Equals(different).ShouldBeFalse();
        value.Equals((object)different!).ShouldBeFalse();
        value.Equals(null).ShouldBeFalse();
        EqualityComparer<T>.Default.Equals(value, equal).ShouldBeTrue();
        Operator(value, equal, "op_Equality").ShouldBeTrue();
        Operator(value, different, "op_Equality").ShouldBeFalse();
        Operator(value, different, "op_Inequality").ShouldBeTrue();
    }

    /// <summary><paramref name="smaller"/> sorts before <paramref name="larger"/> through every ordering API.</summary>
    public static void Ordering<T>(T smaller, T larger)
        where T : IComparable<T>
    {
        smaller.CompareTo(larger).ShouldBeLessThan(0);
        larger.CompareTo(smaller).ShouldBeGreaterThan(0);
        smaller.CompareTo(smaller).ShouldBe(0);
        Operator(smaller, larger, "op_LessThan").ShouldBeTrue();
        Operator(larger, smaller, "op_GreaterThan").ShouldBeTrue();
        Operator(smaller, smaller, "op_LessThanOrEqual").ShouldBeTrue();
        Operator(larger, larger, "op_GreaterThanOrEqual").ShouldBeTrue();
    }

    private static bool Operator<T>(T left, T right, string name)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)]);
        method.ShouldNotBeNull($"{typeof(T).Name} lacks {name}");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
