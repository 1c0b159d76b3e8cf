using System.Linq.Expressions;

namespace Caseload.Application.Common;

/// <summary>Puts one lambda's body into another query's lambda (the engines' predicates into the scope's look-up).</summary>
internal static class ParameterRebinding
{
    public static Expression Rebind(this Expression body, ParameterExpression from, ParameterExpression to)
        => new Rebinder(from, to).Visit(body);

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
