using System.CommandLine;
using GovBudget.Rules;
using GovBudget.Rules.Sets;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget rules</c>: prints the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var set = new Option<string?>("--set") { Description = "Only the rules of this table set (hubei.budget, shanghai.budget, national.settlement …; budget, budget-legacy and settlement name the Hubei and national sets)" };
        var format = new Option<string>("--format") { Description = "md (Markdown, default) or text", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "text");
        var command = new Command("rules", "List the built-in rules (id, class, description, formula)") { set, format };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(set) switch
            {
                "budget" => "hubei.budget",
                "budget-legacy" => "hubei.budget.legacy",
                "settlement" => "national.settlement",
                var other => other,
            };
            var sets = BuiltInRuleSets.All.Where(s => name is null || s.Name == name).ToList();
            if (sets.Count == 0)
            {
                Console.Error.WriteLine($"govbudget rules: no table set '{name}'; known: {string.Join(", ", BuiltInRuleSets.All.Select(s => s.Name))}");
                return ExitCodes.UsageOrIo;
            }
            if (parse.GetValue(format) == "md")
            {
                Console.Out.Write(RuleCatalogue.ToMarkdown(sets));
            }
            else
            {
                foreach (var rule in sets.SelectMany(s => s.Rules))
                {
                    Console.Out.WriteLine($"{rule.Id}\t{rule.Class.NameZh()}\t{rule.DescriptionZh}\t{rule.FormulaText}");
                }
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
