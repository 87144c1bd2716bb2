// Renders /openapi.json as a readable page: operations with parameters and responses, then every schema with its
// properties. Builds DOM nodes only (never HTML strings), so texts from the document are never interpreted as markup.
(function () {
  'use strict';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  // The document's descriptions use a little Markdown: `code`, **strong**, *emphasis*. Rendered as nodes, not HTML.
  function md(text) {
    var span = el('span', { 'class': 'desc' });
    (text || '').split(/(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*)/).forEach(function (part) {
      if (/^`[^`]+`$/.test(part)) { span.appendChild(el('code', {}, [part.slice(1, -1)])); }
      else if (/^\*\*[^*]+\*\*$/.test(part)) { span.appendChild(el('strong', {}, [part.slice(2, -2)])); }
      else if (/^\*[^*]+\*$/.test(part)) { span.appendChild(el('em', {}, [part.slice(1, -1)])); }
      else if (part) { span.appendChild(document.createTextNode(part)); }
    });
    return span;
  }

  function refName(ref) { return ref.substring(ref.lastIndexOf('/') + 1); }

  function resolve(doc, ref) {
    return ref.substring(2).split('/').reduce(function (o, k) { return o ? o[k] : undefined; }, doc);
  }

  function typeOf(schema) {
    if (!schema) { return el('span', {}, ['any']); }
    if (schema.$ref) { return el('a', { href: '#schema-' + refName(schema.$ref) }, [refName(schema.$ref)]); }
    if (schema.oneOf) {
      var span = el('span');
      schema.oneOf.forEach(function (s, i) { if (i) { span.appendChild(document.createTextNode(' | ')); } span.appendChild(typeOf(s)); });
      return span;
    }
    if (schema.const !== undefined) { return el('span', {}, ['always ' + JSON.stringify(schema.const)]); }
    if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.indexOf('array') >= 0)) {
      return el('span', {}, ['array of ', typeOf(schema.items),
        schema.maxItems !== undefined ? ' (at most ' + schema.maxItems + ')' : '']);
    }
    var t = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type || 'any');
    var extra = [];
    if (schema.format) { extra.push(schema.format); }
    if (schema.pattern) { extra.push('pattern ' + schema.pattern); }
    if (schema.minimum !== undefined) { extra.push('≥ ' + schema.minimum); }
    if (schema.maximum !== undefined) { extra.push('≤ ' + schema.maximum); }
    if (schema.maxLength !== undefined) { extra.push('length ≤ ' + schema.maxLength); }
    if (schema.enum) { extra.push('one of ' + schema.enum.join(', ')); }
    return el('span', {}, [t + (extra.length ? ' (' + extra.join('; ') + ')' : '')]);
  }

  // A media type's `examples` (named) and `example`; a string example (NDJSON) is shown as it is.
  function example(parent, media) {
    var show = function (title, value) {
      parent.appendChild(el('details', {}, [el('summary', {}, [title]),
        el('pre', {}, [el('code', {}, [typeof value === 'string' ? value : JSON.stringify(value, null, 2)])])]));
    };
    var examples = media.examples || {};
    Object.keys(examples).forEach(function (k) { show('Example: ' + (examples[k].summary || k), examples[k].value); });
    if (media.example !== undefined) { show('Example', media.example); }
  }

  function operation(doc, path, method, op) {
    var section = el('section', { 'class': 'operation', id: 'op-' + (op.operationId || method + path) }, [
      el('h3', {}, [el('span', { 'class': 'method ' + method }, [method.toUpperCase()]), path]),
      el('p', {}, [el('strong', {}, [op.summary || ''])]),
      op.description ? el('p', {}, [md(op.description)]) : null
    ]);
    var params = (op.parameters || []).map(function (p) { return p.$ref ? resolve(doc, p.$ref) : p; });
    if (params.length) {
      var rows = params.map(function (p) {
        return el('tr', {}, [el('td', { 'class': 'mono' }, [p.name]), el('td', {}, [p['in']]),
          el('td', {}, [p.required ? 'yes' : 'no']), el('td', {}, [typeOf(p.schema)]),
          el('td', {}, [md(p.description)])]);
      });
      section.appendChild(el('table', {}, [el('caption', {}, ['Parameters']),
        el('tr', {}, ['name', 'in', 'required', 'type', 'description'].map(function (h) { return el('th', { scope: 'col' }, [h]); }))
      ].concat(rows)));
    }
    if (op.requestBody) {
      var content = op.requestBody.content || {};
      Object.keys(content).forEach(function (type) {
        section.appendChild(el('p', {}, ['Request body (' + type + '): ', typeOf(content[type].schema)]));
        example(section, content[type]);
      });
    }
    var responses = op.responses || {};
    var rrows = Object.keys(responses).map(function (code) {
      var r = responses[code].$ref ? resolve(doc, responses[code].$ref) : responses[code];
      var types = Object.keys(r.content || {});
      var cell = el('td');
      types.forEach(function (t) {
        cell.appendChild(el('div', {}, [t + ': ', typeOf(r.content[t].schema)]));
        example(cell, r.content[t]);
      });
      Object.keys(r.headers || {}).forEach(function (h) { cell.appendChild(el('div', {}, ['header ' + h])); });
      return el('tr', {}, [el('td', { 'class': 'mono' }, [code]), el('td', {}, [md(r.description)]), cell]);
    });
    section.appendChild(el('table', {}, [el('caption', {}, ['Responses']),
      el('tr', {}, ['status', 'meaning', 'body'].map(function (h) { return el('th', { scope: 'col' }, [h]); }))
    ].concat(rrows)));
    return section;
  }

  function schemaSection(name, schema) {
    var section = el('section', { id: 'schema-' + name }, [el('h3', {}, [name]),
      schema.description ? el('p', {}, [md(schema.description)]) : null]);
    properties(section, schema);
    return section;
  }

  // The fields of an object schema; each alternative of a oneOf of objects (e.g. a batch line: advice or error).
  function properties(section, schema) {
    if (schema.oneOf && schema.oneOf.every(function (s) { return s.properties; })) {
      schema.oneOf.forEach(function (s, i) {
        section.appendChild(el('p', {}, [el('strong', {}, [i ? 'or:' : 'One of:'])]));
        properties(section, s);
      });
      return;
    }
    if (schema.properties) {
      var required = schema.required || [];
      var rows = Object.keys(schema.properties).map(function (p) {
        var s = schema.properties[p];
        return el('tr', {}, [el('td', { 'class': 'mono' }, [p]), el('td', {}, [required.indexOf(p) >= 0 ? 'always' : 'optional']),
          el('td', {}, [typeOf(s)]), el('td', {}, [md(s.description)])]);
      });
      section.appendChild(el('table', {}, [
        el('tr', {}, ['field', 'presence', 'type', 'description'].map(function (h) { return el('th', { scope: 'col' }, [h]); }))
      ].concat(rows)));
    } else {
      section.appendChild(el('p', {}, ['Type: ', typeOf(schema)]));
    }
  }

  function render(doc) {
    var main = document.getElementById('doc');
    main.textContent = '';
    document.getElementById('title').textContent = doc.info.title + ' (v' + doc.info.version + ', OpenAPI ' + doc.openapi + ')';
    main.appendChild(el('p', { 'class': 'desc' }, [doc.info.summary || '']));
    main.appendChild(el('div', {}, [md(doc.info.description)]));
    var nav = el('ul');
    main.appendChild(el('nav', { 'aria-label': 'Operations' }, [el('h2', {}, ['Operations']), nav]));
    var ops = el('div');
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) {
        var op = doc.paths[path][method];
        nav.appendChild(el('li', {}, [el('a', { href: '#op-' + (op.operationId || method + path) }, [method.toUpperCase() + ' ' + path])]));
        ops.appendChild(operation(doc, path, method, op));
      });
    });
    main.appendChild(ops);
    main.appendChild(el('h2', {}, ['Schemas']));
    var schemas = doc.components.schemas;
    Object.keys(schemas).sort().forEach(function (name) { main.appendChild(schemaSection(name, schemas[name])); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    fetch('/openapi.json').then(function (r) { return r.json(); }).then(render).catch(function (e) {
      document.getElementById('doc').textContent = 'Cannot load /openapi.json: ' + e;
    });
  });
}());
