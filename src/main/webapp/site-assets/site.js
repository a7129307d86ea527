/*
 * The citizen site's only script, and optional: pages work without it. It adds the text-size buttons (the choice is
 * kept in this browser only) and plays HLS video with hls.js where the browser cannot play HLS itself; without it the
 * MP4 plays.
 */
(function () {
    'use strict';
    var root = document.documentElement;
    var KEY = 'text-size';

    function applySize(size) {
        if (size === 'normal') {
            root.removeAttribute('data-text-size');
        } else {
            root.setAttribute('data-text-size', size);
        }
        try { window.localStorage.setItem(KEY, size); } catch (e) { /* private mode: not kept */ }
    }

    try {
        var kept = window.localStorage.getItem(KEY);
        if (kept === 'larger' || kept === 'smaller') { root.setAttribute('data-text-size', kept); }
    } catch (e) { /* nothing kept */ }

    function textSizeControl() {
        var holder = document.getElementById('text-size');
        if (!holder) { return; }
        holder.setAttribute('role', 'group');
        holder.setAttribute('aria-label', holder.getAttribute('data-label'));
        [['smaller', 'ก−', 'data-smaller'], ['normal', 'ก', 'data-normal'], ['larger', 'ก+', 'data-larger']]
            .forEach(function (choice) {
                var button = document.createElement('button');
                button.type = 'button';
                button.textContent = choice[1];
                button.setAttribute('aria-label', holder.getAttribute(choice[2]));
                button.addEventListener('click', function () { applySize(choice[0]); });
                holder.appendChild(button);
            });
    }

    function hlsVideo() {
        var video = document.getElementById('player');
        if (!video) { return; }
        var master = video.getAttribute('data-hls');
        if (!master || video.canPlayType('application/vnd.apple.mpegurl')) {
            if (master) { video.src = master; }
            return;
        }
        if (!window.MediaSource) { return; } // the MP4 source plays
        var script = document.createElement('script');
        script.src = document.querySelector('script[src$="site-assets/site.js"]').src
            .replace(/site-assets\/site\.js.*$/, 'webjars/hls.js/1.4.12/dist/hls.light.min.js');
        script.onload = function () {
            if (!window.Hls || !window.Hls.isSupported()) { return; }
            var hls = new window.Hls({ enableWorker: false, capLevelToPlayerSize: true });
            hls.loadSource(master);
            hls.attachMedia(video);
            video.setAttribute('data-player', 'hls.js');
        };
        document.head.appendChild(script);
    }

    function start() {
        textSizeControl();
        hlsVideo();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
