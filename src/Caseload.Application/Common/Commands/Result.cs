using FluentValidation.Results;

namespace Caseload.Application.Common;

/// <summary>The outcome of a command: ok, or Danish messages keyed by the input field they concern ("" = whole form).</summary>
public sealed record Result(IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public static readonly Result Ok = new([]);
    public bool Succeeded => Errors.Count == 0;
    /// <summary>Someone else saved the same record meanwhile (optimistic concurrency): the page can show both versions.</summary>
    public bool IsConflict => Errors.Any(e => e.Value == CommandRunner.ConcurrencyMessage);
    public static Result Fail(string message, string field = "") => new([new(field, message)]);
    public static Result From(ValidationResult validation)
        => new(validation.Errors.Select(e => new KeyValuePair<string, string>(e.PropertyName, e.ErrorMessage)).ToList());
}
