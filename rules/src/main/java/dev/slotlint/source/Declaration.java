package dev.slotlint.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;

import java.util.Optional;

/** What a simple name in the code refers to, found by walking the scopes around its use like javac would. */
public sealed interface Declaration {

    /** The declared type, or {@code var}/absent for inferred ones. */
    Optional<Type> type();

    /** A local variable; {@code statement} is the statement that declares it, {@code null} in for/try headers. */
    record Local(VariableDeclarator variable, Statement statement) implements Declaration {
        public Optional<Type> type() {
            return Optional.of(variable.getType());
        }
    }

    /** A parameter of a method, constructor, lambda or catch clause. */
    record Param(Parameter parameter, Node owner) implements Declaration {
        public Optional<Type> type() {
            return parameter.getType().isUnknownType() ? Optional.empty() : Optional.of(parameter.getType());
        }
    }

    /** The variable of an enhanced for loop. */
    record LoopVariable(VariableDeclarator variable, ForEachStmt loop) implements Declaration {
        public Optional<Type> type() {
            return Optional.of(variable.getType());
        }
    }

    /** A field of a type declared in this file. */
    record Field(VariableDeclarator variable, FieldDeclaration field, TypeDeclaration<?> owner) implements Declaration {
        public Optional<Type> type() {
            return Optional.of(variable.getType());
        }
    }

    /** A record component, seen as a field. */
    record Component(Parameter parameter, RecordDeclaration owner) implements Declaration {
        public Optional<Type> type() {
            return Optional.of(parameter.getType());
        }
    }

    /** An enum constant used by its simple name inside its enum. */
    record EnumConstant(EnumConstantDeclaration constant, EnumDeclaration owner) implements Declaration {
        public Optional<Type> type() {
            return Optional.empty();
        }
    }

    /** Finds the declaration {@code name} refers to where it is used at {@code use}, in this file. */
    static Optional<Declaration> find(String name, Node use) {
        Node child = use;
        for (Node scope = use.getParentNode().orElse(null); scope != null;
             child = scope, scope = scope.getParentNode().orElse(null)) {
            Optional<Declaration> found = inScope(name, scope, child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inScope(String name, Node scope, Node child) {
        if (scope instanceof BlockStmt block) {
            return inStatements(name, block.getStatements(), child);
        }
        if (scope instanceof SwitchEntry entry) {
            return inStatements(name, entry.getStatements(), child);
        }
        if (scope instanceof ForStmt loop) {
            for (var init : loop.getInitialization()) {
                if (init instanceof VariableDeclarationExpr declaration) {
                    Optional<Declaration> found = inDeclaration(name, declaration, null);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        if (scope instanceof ForEachStmt loop) {
            for (VariableDeclarator variable : loop.getVariable().getVariables()) {
                if (variable.getNameAsString().equals(name) && child != loop.getIterable()) {
                    return Optional.of(new LoopVariable(variable, loop));
                }
            }
            return Optional.empty();
        }
        if (scope instanceof TryStmt attempt) {
            for (var resource : attempt.getResources()) {
                if (resource == child) {
                    break;
                }
                if (resource instanceof VariableDeclarationExpr declaration) {
                    Optional<Declaration> found = inDeclaration(name, declaration, null);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        if (scope instanceof CatchClause clause) {
            return parameter(name, clause.getParameter(), clause);
        }
        if (scope instanceof LambdaExpr lambda) {
            for (Parameter parameter : lambda.getParameters()) {
                Optional<Declaration> found = parameter(name, parameter, lambda);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (scope instanceof CallableDeclaration<?> callable) {
            for (Parameter parameter : callable.getParameters()) {
                Optional<Declaration> found = parameter(name, parameter, callable);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (scope instanceof TypeDeclaration<?> type) {
            return member(name, type, type.getMembers());
        }
        if (scope instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            return member(name, null, creation.getAnonymousClassBody().get());
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inStatements(String name, NodeList<Statement> statements, Node child) {
        int end = statements.size();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == child) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            if (statements.get(i) instanceof ExpressionStmt statement
                    && statement.getExpression() instanceof VariableDeclarationExpr declaration) {
                Optional<Declaration> found = inDeclaration(name, declaration, statement);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inDeclaration(String name, VariableDeclarationExpr declaration,
                                                       Statement statement) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(name)) {
                return Optional.of(new Local(variable, statement));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> parameter(String name, Parameter parameter, Node owner) {
        return parameter.getNameAsString().equals(name) ? Optional.of(new Param(parameter, owner)) : Optional.empty();
    }

    private static Optional<Declaration> member(String name, TypeDeclaration<?> owner,
                                                NodeList<BodyDeclaration<?>> members) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(name)) {
                        return Optional.of(new Field(variable, field, owner));
                    }
                }
            }
        }
        if (owner instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(name)) {
                    return Optional.of(new Component(component, record));
                }
            }
        }
        if (owner instanceof EnumDeclaration enumeration) {
            for (EnumConstantDeclaration constant : enumeration.getEntries()) {
                if (constant.getNameAsString().equals(name)) {
                    return Optional.of(new EnumConstant(constant, enumeration));
                }
            }
        }
        return Optional.empty();
    }
}
