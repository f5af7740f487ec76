"""Finds every English error template in desk_app, for the catalogue lupdate reads.

Errors carry a template that ``desk_app.ui.errors.error_text`` translates at run time, so
lupdate never sees it. This reads the code with ``ast`` and lists the string literals that
reach a template: a class's ``template`` attribute, and the argument named ``template`` of
an error class, of a function or method, or of a dataclass-like class (``Problem``,
``ConnectionCheck``), given as a literal, a module constant (also an imported one), a local
variable, a class constant (``StaleEdit.SAVED_BY``) or a value of a constant dict. A
function that hands one of its own parameters on as a template is a template sink too.

``python -m tests.error_templates --write`` rewrites ``desk_app/ui/error_catalogue.py``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desk_app"
CATALOGUE = PACKAGE / "ui" / "error_catalogue.py"
CONTEXT = "Errors"
PASSED_ON = object()
"""A template that is only handed on (``error.template``, a sink's own parameter)."""


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Found:
    templates: set[str] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)


def _modules() -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == CATALOGUE:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = Module(name, path, tree, _assignments(tree.body))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desk_app"):
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = (str(node.module), alias.name)
        modules[module.name] = module
    return modules


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> list[str]:
    names = [arg.arg for arg in (*function.args.posonlyargs, *function.args.args)]
    static = any(
        isinstance(d, ast.Name) and d.id == "staticmethod" for d in function.decorator_list
    )
    return names[1:] if method and not static else names


def _assignments(body: list[ast.stmt]) -> dict[str, ast.expr]:
    """What the names of a module's or a class's body are set to (``NAME = value``)."""
    found: dict[str, ast.expr] = {}
    for item in body:
        if isinstance(item, ast.Assign) and len(item.targets) == 1:
            if isinstance(item.targets[0], ast.Name):
                found[item.targets[0].id] = item.value
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.value:
            found[item.target.id] = item.value
    return found


@dataclass(frozen=True)
class Sink:
    """A callable that takes a template, and what a call of it looks like."""

    place: int | None
    """Position of the template among the positional arguments (None: keyword only)."""
    keyword: str | None
    """Its name when given by keyword (None: positional only)."""
    least: int
    most: int | None
    keywords: frozenset[str] | None
    """The keywords it takes; None with ``**params``."""
    method: bool
    """Called as ``something.name(...)``; else by its bare name (classes: both)."""
    is_class: bool = False
    home: str = ""
    """The module defining it: a bare name calls it only there or where it is imported."""

    def argument(self, call: ast.Call) -> ast.expr | None:
        """The template ``call`` gives, when ``call`` may be a call of this sink."""
        if any(isinstance(a, ast.Starred) for a in call.args):
            return None
        count = len(call.args)
        named = {k.arg: k.value for k in call.keywords if k.arg is not None}
        if self.most is not None and count > self.most:
            return None
        if self.keywords is not None and not set(named) <= self.keywords:
            return None
        if count + len(named) < self.least:
            return None
        if self.place is not None and count > self.place:
            return call.args[self.place]
        return named.get(self.keyword) if self.keyword else None


def _sink(
    function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool, name: str, home: str
) -> Sink:
    """The sink of ``function``'s parameter ``name`` (positional or keyword-only)."""
    arguments = function.args
    params = _params(function, method)
    by_keyword = [a.arg for a in (*arguments.args, *arguments.kwonlyargs)]
    return Sink(
        place=params.index(name) if name in params else None,
        keyword=name if name in by_keyword else None,
        least=len(params) - len(arguments.defaults),
        most=None if arguments.vararg else len(params),
        keywords=None if arguments.kwarg else frozenset(by_keyword),
        method=method and function.name != "__init__",
        home=home,
    )


class Finder:
    """Sinks (callee name -> how its template is given), then what reaches them."""

    def __init__(self) -> None:
        self.modules = _modules()
        self.classes: dict[str, tuple[ast.ClassDef, Module]] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef):
                    self.classes[node.name] = (node, module)
        self.methods = {
            function
            for module in self.modules.values()
            for function, method in _functions(module.tree)
            if method
        }
        self.sinks: dict[str, set[Sink]] = {}
        self._find_sinks()

    def _init_of(self, name: str) -> ast.FunctionDef | None:
        """The ``__init__`` a class uses: its own or the nearest base's in desk_app."""
        if name not in self.classes:
            return None
        node = self.classes[name][0]
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                return item
        for base in node.bases:
            if isinstance(base, ast.Name) and (found := self._init_of(base.id)) is not None:
                return found
        return None

    def _find_sinks(self) -> None:
        for name, (node, module) in self.classes.items():
            init = self._init_of(name)
            if init is not None:
                if "template" in _params(init, method=True):
                    sink = replace(
                        _sink(init, True, "template", module.name), method=False, is_class=True
                    )
                    self.sinks.setdefault(name, set()).add(sink)
            else:
                self._field_sink(node, module, "template")
        for module in self.modules.values():
            for function, method in _functions(module.tree):
                if "template" in _params(function, method) and function.name != "__init__":
                    sink = _sink(function, method, "template", module.name)
                    self.sinks.setdefault(function.name, set()).add(sink)

    def _field_sink(self, node: ast.ClassDef, module: Module, name: str) -> bool:
        """Make field ``name`` of dataclass ``node`` a sink; False if it has no such field."""
        if not any("dataclass" in ast.unparse(d) for d in node.decorator_list):
            return False
        fields = [
            item
            for item in node.body
            if isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and "ClassVar" not in ast.unparse(item.annotation)
        ]
        names = [item.target.id for item in fields if isinstance(item.target, ast.Name)]
        if name not in names:
            return False
        keyword_only = any("kw_only=True" in ast.unparse(d) for d in node.decorator_list)
        sink = Sink(
            place=None if keyword_only else names.index(name),
            keyword=name,
            least=sum(item.value is None for item in fields),
            most=0 if keyword_only else len(names),
            keywords=frozenset(names),
            method=False,
            is_class=True,
            home=module.name,
        )
        self.sinks.setdefault(node.name, set()).add(sink)
        return True

    def find(self) -> Found:
        found = Found()
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef):
                    value = _assignments(node.body).get("template")
                    if value is not None:
                        self._take(found, value, module, None)
        while True:
            before = {name: set(sinks) for name, sinks in self.sinks.items()}
            found.unresolved.clear()
            for module in self.modules.values():
                for call, function in _calls(module.tree):
                    for argument in self._template_arguments(call, module):
                        self._take(found, argument, module, function)
            if before == self.sinks:
                return found

    def _template_arguments(self, call: ast.Call, module: Module) -> Iterator[ast.expr]:
        callee = call.func
        name = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", None)
        for sink in self.sinks.get(name or "", ()):
            if isinstance(callee, ast.Attribute) != sink.method and not sink.is_class:
                continue
            if isinstance(callee, ast.Name) and self._origin(module, callee.id) != sink.home:
                continue
            if (argument := sink.argument(call)) is not None:
                yield argument

    def _origin(self, module: Module, name: str) -> str:
        """The module that defines ``name`` as ``module`` sees it, through re-exports."""
        if name not in module.imports:
            return module.name
        source, original = module.imports[name]
        return self._origin(self.modules[source], original) if source in self.modules else source

    def _take(self, found: Found, expr: ast.expr, module: Module, function: Function) -> None:
        values = self._resolve(expr, module, function)
        if values is None:
            where = f"{module.path.relative_to(ROOT)}:{expr.lineno}"
            found.unresolved.append(f"{where}: {ast.unparse(expr)}")
        else:
            found.templates.update(v for v in values if isinstance(v, str))

    def _resolve(self, expr: ast.expr, module: Module, function: Function) -> list[object] | None:
        """The strings ``expr`` may be, PASSED_ON for a handed-on template; None if unknown."""
        if isinstance(expr, ast.Constant):
            return [expr.value] if isinstance(expr.value, str | None) else None
        if isinstance(expr, ast.IfExp):
            return self._resolve_all([expr.body, expr.orelse], module, function)
        if isinstance(expr, ast.BoolOp):
            return self._resolve_all(expr.values, module, function)
        if isinstance(expr, ast.Dict):
            return self._resolve_all([v for v in expr.values if v is not None], module, function)
        if isinstance(expr, ast.Subscript):
            return self._resolve(expr.value, module, function)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
            if expr.func.attr == "get" and len(expr.args) in (1, 2):
                return self._resolve_all([expr.func.value, *expr.args[1:]], module, function)
            return None
        if isinstance(expr, ast.Attribute):
            return self._resolve_attribute(expr, module)
        if isinstance(expr, ast.Name):
            return self._resolve_name(expr.id, module, function)
        return None

    def _resolve_all(
        self, exprs: list[ast.expr], module: Module, function: Function
    ) -> list[object] | None:
        values: list[object] = []
        for expr in exprs:
            resolved = self._resolve(expr, module, function)
            if resolved is None:
                return None
            values += resolved
        return values

    def _resolve_attribute(self, expr: ast.Attribute, module: Module) -> list[object] | None:
        if isinstance(expr.value, ast.Name) and expr.value.id in self.classes:
            node, home = self.classes[expr.value.id]
            value = _assignments(node.body).get(expr.attr)
            if value is not None:
                return self._resolve(value, home, None)
        # ``rule.needs_comment``: a dataclass field, so what its constructor is given.
        holders = [n for n, home in self.classes.values() if self._field_sink(n, home, expr.attr)]
        return [PASSED_ON] if holders or expr.attr == "template" else None

    def _resolve_name(self, name: str, module: Module, function: Function) -> list[object] | None:
        if function is not None:
            method = function in self.methods
            keyword_only = {a.arg for a in function.args.kwonlyargs}
            if name in _params(function, method) or name in keyword_only:
                sink = _sink(function, method, name, module.name)
                self.sinks.setdefault(function.name, set()).add(sink)
                return [PASSED_ON]
            assigned = [
                node.value
                for node in ast.walk(function)
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            ]
            if assigned:
                return self._resolve_all(assigned, module, None)
            if any(isinstance(n, ast.Name) and n.id == name for n in _bound_names(function)):
                return None
        if name in module.constants:
            return self._resolve(module.constants[name], module, None)
        if name in module.imports:
            source, original = module.imports[name]
            if source in self.modules:
                return self._resolve_name(original, self.modules[source], None)
        return None


Function = ast.FunctionDef | ast.AsyncFunctionDef | None


def _functions(tree: ast.AST) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, bool]]:
    """Every function, and whether it is a method (defined right in a class body)."""
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield child, isinstance(node, ast.ClassDef)


def _bound_names(function: ast.AST) -> Iterator[ast.AST]:
    """Names bound by loops and comprehensions: their values cannot be read statically."""
    for node in ast.walk(function):
        if isinstance(node, ast.For | ast.comprehension):
            yield from ast.walk(node.target)


def _calls(tree: ast.Module) -> Iterator[tuple[ast.Call, Function]]:
    def visit(node: ast.AST, function: Function) -> Iterator[tuple[ast.Call, Function]]:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call):
                yield child, function
            yield from visit(child, inner)

    return visit(tree, None)


def readable(template: str) -> bool:
    """A template with words in it; "{text}" alone has nothing to translate."""
    return bool(re.search(r"[^\W\d_]", re.sub(r"\{[^}]*\}", "", template)))


def find_templates() -> list[str]:
    """Every error template with words in it, sorted, each once."""
    return sorted(t for t in Finder().find().templates if readable(t))


def unresolved_templates() -> list[str]:
    """Where a template argument could not be read statically ("path:line: expression")."""
    return sorted(set(Finder().find().unresolved))


def catalogued_templates(path: Path = CATALOGUE) -> list[str]:
    """The texts of the ``QT_TRANSLATE_NOOP("Errors", ...)`` calls in the catalogue."""
    if not path.exists():
        return []
    return sorted(
        str(node.args[1].value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    )


HEADER = '''"""The English templates of the errors a user may read, listed for lupdate. GENERATED.

Errors carry templates that ``desk_app.ui.errors.error_text`` translates at run time, where
lupdate cannot see them; here each is once more as a literal. Do not edit: run
``python -m tests.error_templates --write`` (tests/test_error_catalogue.py says when).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: tuple[object, ...] = (
'''


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


def write_catalogue(templates: list[str], path: Path = CATALOGUE) -> None:
    """One template per line (the file is left out of line-length checks and formatting)."""
    entries = "".join(
        f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_quoted(text)}),\n' for text in templates
    )
    path.write_text(HEADER + entries + ")\n", encoding="utf-8")


if __name__ == "__main__":
    found = find_templates()
    if "--write" in sys.argv[1:]:
        write_catalogue(found)
        print(f"wrote {len(found)} templates to {CATALOGUE.relative_to(ROOT)}")
    else:
        print("\n".join(found))
    missed = unresolved_templates()
    print(f"{len(missed)} template arguments could not be read statically:")
    print("\n".join(f"  {where}" for where in missed))
