// Draws the case's process model with bpmn-js (served by the app) and marks the path the case took: the steps
// it passed, the one it is in, and on each the time spent there, read from the page's own table of steps.
(function () {
  'use strict';
  var holder = document.getElementById('diagram');
  if (!holder || typeof BpmnJS === 'undefined') {
    return;
  }

  function failed() {
    holder.setAttribute('data-state', 'failed');
    var message = document.createElement('p');
    message.className = 'diagram-failed problem';
    message.textContent = holder.getAttribute('data-failed');
    holder.appendChild(message);
  }

  // Per activity: the time spent there over all its visits, how many visits, and whether it is running now.
  var visits = {};
  Array.prototype.forEach.call(document.querySelectorAll('#path tbody tr'), function (row) {
    var id = row.getAttribute('data-activity');
    var visit = visits[id] || (visits[id] = { seconds: 0, count: 0, active: false, duration: '' });
    visit.seconds += parseInt(row.getAttribute('data-seconds'), 10) || 0;
    visit.count += 1;
    visit.active = visit.active || row.getAttribute('data-active') === 'true';
    visit.duration = row.getAttribute('data-duration');
  });

  // As the server writes durations: 03:04:05, or with whole days first in the page's language ("2 hari").
  var daysText = holder.getAttribute('data-days') || '{0} d';
  function clock(seconds) {
    var days = Math.floor(seconds / 86400);
    var rest = seconds % 86400;
    var text = [Math.floor(rest / 3600), Math.floor(rest % 3600 / 60), rest % 60].map(function (part) {
      return (part < 10 ? '0' : '') + part;
    }).join(':');
    return days > 0 ? daysText.replace('{0}', String(days)) + ' ' + text : text;
  }

  var viewer = new BpmnJS({ container: holder });
  fetch(holder.getAttribute('data-diagram-url'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('diagram ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var elements = viewer.get('elementRegistry');
      Object.keys(visits).forEach(function (id) {
        var element = elements.get(id);
        if (!element) {
          return;
        }
        var visit = visits[id];
        canvas.addMarker(id, visit.active ? 'alur-active' : 'alur-visited');
        // Time is spent in tasks and sub-processes; events and gateways pass at once.
        if (element.type === 'bpmn:SequenceFlow' || /(Gateway|Event)$/.test(element.type)) {
          return;
        }
        var label = document.createElement('span');
        label.className = 'alur-time' + (visit.active ? ' active' : '');
        label.setAttribute('data-activity', id);
        label.textContent = (visit.count === 1 ? visit.duration || clock(visit.seconds) : clock(visit.seconds))
          + (visit.count > 1 ? ' \u00d7' + visit.count : '');
        overlays.add(id, 'alur-time', { position: { bottom: -2, left: 0 }, html: label });
      });
      // History records activities, not flows: a flow is marked taken when its target was reached and it is
      // the only way in from a step the case passed. Where several such flows lead in (a loop, a join), none
      // is marked rather than a guess.
      elements.filter(function (element) {
        return element.type !== 'bpmn:SequenceFlow' && visits[element.id];
      }).forEach(function (step) {
        var ways = (step.incoming || []).filter(function (flow) {
          return flow.type === 'bpmn:SequenceFlow' && flow.source && visits[flow.source.id];
        });
        if (ways.length === 1) {
          canvas.addMarker(ways[0].id, 'alur-taken');
        }
      });
      // diagram-js hides overlays while the view moves and shows them once it has settled (debounced).
      var settled = function () {
        holder.setAttribute('data-state', 'rendered');
      };
      viewer.get('eventBus').once('canvas.viewbox.changed', settled);
      canvas.zoom('fit-viewport');
    })
    .catch(failed);
}());
