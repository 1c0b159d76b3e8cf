using FluentValidation.Results;

namespace Caseload.Application.Common;

/// <summary>Why a command failed, so the page can answer without reading the message: the form again with the
/// messages (<see cref="Validation"/>), the form beside the saved version (<see cref="Conflict"/>), 404 or 403.</summary>
public enum FailureKind
{
    Validation,
    Conflict,
    NotFound,
    Forbidden,
}

/// <summary>The outcome of a command: ok, or Danish messages keyed by the input field they concern ("" = whole form)
/// with the kind of failure (ADR 0026).</summary>
public sealed record Result
{
    private Result(IReadOnlyList<KeyValuePair<string, string>> errors, FailureKind? failure)
    {
        Errors = errors;
        Failure = failure;
    }

    public static readonly Result Ok = new([], null);

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; }
    /// <summary>Null when the command succeeded.</summary>
    public FailureKind? Failure { get; }
    /// <summary>Succeeded, but there was nothing to change: nothing was saved, no new version (set by the command path).</summary>
    public bool Unchanged { get; init; }
    public bool Succeeded => Failure is null;
    /// <summary>Someone else saved the same record meanwhile (optimistic concurrency): the page can show both versions.</summary>
    public bool IsConflict => Failure == FailureKind.Conflict;

    public static Result Fail(string message, string field = "") => new([new(field, message)], FailureKind.Validation);
    public static Result Conflict() => new([new("", CommandRunner.ConcurrencyMessage)], FailureKind.Conflict);
    public static Result NotFound(string message) => new([new("", message)], FailureKind.NotFound);
    public static Result Forbidden(string message) => new([new("", message)], FailureKind.Forbidden);
    /// <summary>Several validation messages at once (a validator's, Identity's).</summary>
    public static Result Invalid(IEnumerable<KeyValuePair<string, string>> errors)
    {
        var list = errors.ToList();
        return list.Count == 0 ? Ok : new(list, FailureKind.Validation);
    }
    public static Result From(ValidationResult validation)
        => Invalid(validation.Errors.Select(e => new KeyValuePair<string, string>(e.PropertyName, e.ErrorMessage)));

    /// <summary>Success with a value (e.g. the id of what was created).</summary>
    public static Result<T> Success<T>(T value) => new(Ok, value);
}

/// <summary>A <see cref="Result"/> with a value when it succeeded (the new record's id, a mail outcome…). A failed
/// <see cref="Result"/> converts to it, so a command returns <c>Result.Fail(…)</c> or <c>Result.Success(id)</c>.</summary>
public sealed record Result<T>(Result Outcome, T? Value)
{
    public IReadOnlyList<KeyValuePair<string, string>> Errors => Outcome.Errors;
    public FailureKind? Failure => Outcome.Failure;
    public bool Unchanged => Outcome.Unchanged;
    public bool Succeeded => Outcome.Succeeded;
    public bool IsConflict => Outcome.IsConflict;

    public static implicit operator Result<T>(Result outcome) => new(outcome, default);
}
