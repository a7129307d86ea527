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
        var master = video && video.getAttribute('data-hls');
        if (!master) { return; }
        function native() {
            if (video.canPlayType('application/vnd.apple.mpegurl')) {
                video.src = master;
                video.setAttribute('data-player', 'native');
            } // else the MP4 source plays
        }
        if (!window.MediaSource) { native(); return; }
        // hls.js first wherever Media Source Extensions exist: the same adaptive player in every such browser
        var script = document.createElement('script');
        script.src = document.querySelector('script[src$="site-assets/site.js"]').src
            .replace(/site-assets\/site\.js.*$/, 'webjars/hls.js/1.4.12/dist/hls.light.min.js');
        script.onload = function () {
            if (!window.Hls || !window.Hls.isSupported()) { native(); return; }
            var hls = new window.Hls({ enableWorker: false, capLevelToPlayerSize: true });
            hls.on(window.Hls.Events.ERROR, function (event, data) {
                if (!data.fatal) { return; }
                // the stream failed: fall back to the MP4 rather than leave the reader with a dead player
                video.setAttribute('data-player-error', data.type + ' ' + data.details);
                hls.destroy();
                var mp4 = video.querySelector('source[type="video/mp4"]');
                video.removeAttribute('data-player');
                if (mp4) { video.src = mp4.src; video.setAttribute('data-player', 'mp4'); }
            });
            hls.loadSource(master);
            hls.attachMedia(video);
            video.setAttribute('data-player', 'hls.js');
        };
        script.onerror = native;
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
