using GovBudget.Amounts;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;

namespace GovBudget.Rules.Rounding;

/// <summary>One printed figure in a logged relation: where, what is printed there, and its sign in the relation.</summary>
internal readonly record struct LoggedTerm(CellAddress Address, ReportedValue? Value, int Sign);

/// <summary>
/// A linear relation a rule compared during a run — Σ sign × cell (=, ≥) 0 over exact values — with the finding it gave
/// (none when it held exactly in printed figures).
/// </summary>
internal sealed record LoggedRelation(Rule Rule, CellAddress Location, LoggedTerm[] Terms, bool Equality, Finding? Finding)
{
    /// <summary>
    /// <see langword="true"/> for <c>a = b</c> between single cells of two tables (or a table and the text): two printings of
    /// one quantity. A parent with one child in its own table is a sum, not a second printing.
    /// </summary>
    public bool IsIdentity => Equality && Terms.Length == 2 && Terms[0].Sign == -Terms[1].Sign && Terms[0].Address.TableId != Terms[1].Address.TableId;
}

/// <summary>A rate a rule checked (printed rate ≈ Σ numerator ÷ Σ denominator × 100) and the 尾差 finding it gave.</summary>
internal sealed record LoggedRate(Rule Rule, LoggedTerm[] Numerator, LoggedTerm[] Denominator, Percentage Printed, Finding Finding);

/// <summary>What the rules of one run compared, for the joint rounding decision (<see cref="JointRounding"/>). Bounded.</summary>
internal sealed class RelationLog
{
    /// <summary>At most this many relations are kept: beyond it, the decision works on the ones logged (never a false alarm).</summary>
    public const int Capacity = 20_000;

    public List<LoggedRelation> Relations { get; } = [];

    public List<LoggedRate> Rates { get; } = [];

    /// <summary>Logs <c>actual ⋈ expected</c> when every contributor's sign is known.</summary>
    public void Record(Rule rule, CellAddress location, Operand actual, Operand expected, Relation relation, Finding? finding)
    {
        // A relation that holds exactly in printed figures narrows little; it is kept only where it tells which printing is
        // finer (single cells at different precisions) or links a figure of the text to a cell.
        if (Relations.Count >= Capacity || (finding is null && (relation != Relation.Equal || !Informative(actual, expected))) || Terms(actual, 1, expected, -1) is not { } terms)
        {
            return;
        }

        // a ≤ b is b − a ≥ 0: the terms change sign.
        if (relation == Relation.LessOrEqual)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = terms[i] with { Sign = -terms[i].Sign };
            }
        }

        Relations.Add(new LoggedRelation(rule, location, terms, relation == Relation.Equal, finding));
    }

    /// <summary>Logs an identity between two single cells that holds exactly (the fast path of formula rules).</summary>
    public void RecordIdentity(Rule rule, CellAddress left, ReportedValue? leftValue, CellAddress right, ReportedValue? rightValue)
    {
        if (Relations.Count < Capacity)
        {
            Relations.Add(new LoggedRelation(rule, left, [new(left, leftValue, 1), new(right, rightValue, -1)], true, null));
        }
    }

    /// <summary>Logs a rate check that rounding explained.</summary>
    public void RecordRate(Rule rule, Operand numerator, Operand denominator, Percentage printed, Finding finding)
    {
        if (Rates.Count < Capacity && Terms(numerator, 1, null, 0) is { } n && Terms(denominator, 1, null, 0) is { } d)
        {
            Rates.Add(new LoggedRate(rule, n, d, printed, finding));
        }
    }

    private static bool Informative(Operand actual, Operand expected)
        => actual.Contributors is [{ Value: { } a }] && expected.Contributors is [{ Value: { } b }] && (a.Precision != b.Precision || actual.Contributors[0].Address.TableId != expected.Contributors[0].Address.TableId);

    private static LoggedTerm[]? Terms(Operand first, int firstSign, Operand? second, int secondSign)
    {
        var count = first.Contributors.Count + (second?.Contributors.Count ?? 0);
        if (first.Negated.Count != first.Contributors.Count || (second is not null && second.Negated.Count != second.Contributors.Count))
        {
            return null; // signs unknown: left out
        }

        var terms = new LoggedTerm[count];
        var k = 0;
        foreach (var (operand, sign) in second is null ? [(first, firstSign)] : new[] { (first, firstSign), (second, secondSign) })
        {
            for (var i = 0; i < operand.Contributors.Count; i++)
            {
                var c = operand.Contributors[i];
                terms[k++] = new LoggedTerm(c.Address, c.Value, operand.Negated[i] ? -sign : sign);
            }
        }

        return terms;
    }
}
