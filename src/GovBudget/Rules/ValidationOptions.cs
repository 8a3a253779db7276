using System.Collections.Immutable;
using GovBudget.Classification;

namespace GovBudget.Rules;

/// <summary>How <see cref="Validator"/> runs: which rule sets, strict or interval mode, custom rules, severity overrides, language.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: the built-in rule set for the disclosure's kind and layout, interval (尾差) mode, Chinese messages.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rule sets to run; empty means the built-in set that fits the disclosure (<see cref="BuiltInRuleSets.For"/>).</summary>
    public ImmutableArray<RuleSet> RuleSets { get; init; } = [];

    /// <summary>Extra rules, for example parsed from formula text with <see cref="FormulaRule"/>.</summary>
    public ImmutableArray<Rule> CustomRules { get; init; } = [];

    /// <summary>
    /// Strict mode: printed values must agree exactly; a difference within rounding is reported at the rule's
    /// severity instead of as <see cref="Severity.Info"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Rounding decided jointly (default on): a difference is 尾差 only when exact values exist that round to every
    /// printed figure involved and satisfy all the relations the rules compared; figures printed in 元 are exact, the
    /// finest printing of a quantity is the one checked, and two printings of one quantity that no exact value rounds to
    /// are a <c>PRINT.DIVERGENT</c> finding. Off, each relation is judged alone. Strict mode needs no decision.
    /// </summary>
    public bool JointRounding { get; init; } = true;

    /// <summary>
    /// Severity per rule id, replacing the rule class's default for real (not rounding) differences, and the level of
    /// every other finding of the rule above <see cref="Severity.Info"/> (a project not found …); 尾差 and other
    /// informational findings stay <see cref="Severity.Info"/>.
    /// </summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<string, Severity>.Empty;

    /// <summary>Findings below this severity are dropped from the report (default: keep all, including 尾差 info).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>The catalogs codes are checked against (default <see cref="CatalogSet.BuiltIn"/>).</summary>
    public CatalogSet Catalogs { get; init; } = CatalogSet.BuiltIn;

    /// <summary>The language of <see cref="ValidationReport.MessageOf"/>: <c>zh</c> (default) or <c>en</c>. Findings always carry both.</summary>
    public string Language { get; init; } = "zh";

    /// <summary>
    /// The disclosure's explanatory text (情况说明), when it is known: the proofreading rules (<c>TXT.PROOF.*</c>) read
    /// it. <see langword="null"/> (default): those rules have nothing to read and find nothing. The text is not part of
    /// the disclosure model (it is not written to JSON); the CLI passes the text of an imported PDF or text file, or of
    /// <c>--narrative</c>, here.
    /// </summary>
    public Narrative.NarrativeText? Narrative { get; init; }

    /// <summary>Rule ids to skip.</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet<string>.Empty;
}
